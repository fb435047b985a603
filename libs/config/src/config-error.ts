export interface ConfigProblem {
  variable: string;
  message: string;
}

/** Thrown at boot when the environment is invalid; names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`);
  }
}

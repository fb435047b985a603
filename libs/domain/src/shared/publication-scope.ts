/** Who may read a published document: the office and the parties, or everyone (向社会公布). */
export type PublicationScope = 'internal' | 'public';

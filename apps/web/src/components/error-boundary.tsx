import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Never a blank screen: an unexpected error shows a message and a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // Outside the providers' reach by design: the language is read where the switch stores it.
    const en = typeof localStorage !== 'undefined' && localStorage.getItem('sl.lang') === 'en';
    return (
      <div className="card problem" role="alert" style={{ margin: '2rem auto', maxWidth: 640 }}>
        <h1>{en ? 'Something went wrong' : '页面出错了'}</h1>
        <p>{en ? 'Reload the page; if it persists, contact the administrator.' : '请刷新页面重试；如仍有问题，请联系管理员。'}</p>
        <p className="mono small">{this.state.error.message}</p>
        <p>
          <a href="/">{en ? 'Start page' : '返回首页'}</a>
        </p>
      </div>
    );
  }
}

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
    return (
      <div className="card problem" role="alert" style={{ margin: '2rem auto', maxWidth: 640 }}>
        <h1>页面出错了 Something went wrong</h1>
        <p>请刷新页面重试；如仍有问题，请联系管理员。Reload the page; if it persists, contact the administrator.</p>
        <p className="mono small">{this.state.error.message}</p>
        <p>
          <a href="/">返回首页 Start page</a>
        </p>
      </div>
    );
  }
}

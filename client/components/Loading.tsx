// A line that says what is loading, with a spinner (read out once as a status).
export function Loading({ text }: { text: string }) {
  return <div className="loading" role="status"><span className="spinner" aria-hidden="true" /> {text}</div>;
}

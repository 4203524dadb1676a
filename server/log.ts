// Structured logs: one JSON object a line, filtered by LOG_LEVEL.
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type Level = keyof typeof LEVELS;

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: Level, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const min = LEVELS[level];
  const at = (lv: Level) => (msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS[lv] < min) return;
    write(JSON.stringify({ t: new Date().toISOString(), level: lv, msg, ...fields }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

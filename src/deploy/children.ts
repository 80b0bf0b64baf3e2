/**
 * The child processes of one job (rsync, ssh, sh), stopped together when the job is interrupted.
 *
 * `npm run deploy` is npm → sh -c → node → rsync. A signal must stop all of it: SIGINT (Ctrl-C), SIGTERM
 * (`kill <pid>`, or npm forwarding it) and SIGHUP (the terminal gone) each stop every running child and
 * make every later step refuse to start. If the process that started us dies (npm or its shell killed),
 * we are re-parented: that counts as an interruption too, so a deploy never carries on alone.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:os';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof SIGNALS)[number];

/** Thrown by `run` once the job has been interrupted. */
export class Interrupted extends Error {
  readonly signal: StopSignal;
  constructor(signal: StopSignal) {
    super(`interrupted by ${signal}`);
    this.signal = signal;
  }
  /** The shell's exit code for a process ended by this signal (130 for SIGINT, 143 for SIGTERM). */
  get exitCode(): number {
    return 128 + constants.signals[this.signal];
  }
}

export type Finished = { status: number; stdout: string; stderr: string };

/**
 * `committed`: a short last step that runs to its end even if a signal comes meanwhile (the deploy's
 * switch of `current`: stopping it half-way would only leave doubt about which release is live).
 */
export type RunOptions = { stdout?: 'pipe' | 'inherit'; committed?: boolean };

export type Children = {
  /** Runs a child to its end; throws `Interrupted` if the job is (or gets) interrupted. */
  run(command: string, args: string[], options?: RunOptions): Promise<Finished>;
  /** Throws `Interrupted` if the job has been interrupted (call it before a step that must not half-run). */
  check(): void;
  /** Stops listening for signals (the job is over). */
  release(): void;
};

/** A grace period for a child to finish on SIGTERM before it is killed outright. */
const GRACE_MS = 3000;

export function children({ watchParentMs = 200 } = {}): Children {
  const running = new Set<ChildProcess>();
  let stoppedBy: StopSignal | undefined;
  const parent = process.ppid;

  const stop = (signal: StopSignal) => {
    if (stoppedBy) return;
    stoppedBy = signal;
    for (const child of running) {
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'), GRACE_MS).unref();
    }
  };
  const handlers = SIGNALS.map((signal) => [signal, () => stop(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const watch = setInterval(() => process.ppid !== parent && stop('SIGHUP'), watchParentMs);
  watch.unref();

  const check = () => {
    if (stoppedBy) throw new Interrupted(stoppedBy);
  };

  return {
    check,
    run(command, args, { stdout = 'pipe', committed = false } = {}) {
      check();
      const options: SpawnOptions = { stdio: ['ignore', stdout, 'pipe'] };
      const child = spawn(command, args, options);
      if (!committed) running.add(child);
      let out = '';
      let err = '';
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      return new Promise<Finished>((resolve, reject) => {
        let spawnError = '';
        child.once('error', (error) => (spawnError = error.message));
        child.once('close', (code) => {
          running.delete(child);
          if (stoppedBy && !committed) reject(new Interrupted(stoppedBy));
          else resolve({ status: code ?? 1, stdout: out, stderr: `${err}${spawnError}` });
        });
      });
    },
    release() {
      clearInterval(watch);
      for (const [signal, handler] of handlers) process.off(signal, handler);
    },
  };
}

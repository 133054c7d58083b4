// Preloaded (node --import) into a process whose output another passes on (src/lib/child-process.ts):
// its writes to stdout block until taken. Node queues writes to a pipe the reader has not emptied,
// and process.exit drops the queue: Astro ends with process.exit, and lost the last 80,000 lines of
// its log (the end of the build, the share cards' count) when the log was read slower than written.
(process.stdout as unknown as { _handle?: { setBlocking?: (blocking: boolean) => void } })._handle?.setBlocking?.(true);

import { parentPort, workerData } from 'node:worker_threads';
import { linkLastBuild, settleLastBuild, type LastBuildStep } from './last-build.ts';

/** Links or settles the last build's pages in a thread of its own (see lastBuildInThread). */
const step = workerData as LastBuildStep;
parentPort!.postMessage(step.step === 'link' ? linkLastBuild(step.cacheDir, step.outDir) : settleLastBuild(step.cacheDir, step.outDir, step.succeeded));

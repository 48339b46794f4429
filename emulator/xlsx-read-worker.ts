/**
 * A worker thread of the streaming read (xlsx-stream-read.ts, readCellsStreaming): reads its
 * share of the worksheets and posts each sheet as soon as it is read, then the sheet order.
 * Built as build/xlsx-read-worker.cjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSheets, type Share } from './xlsx-stream-read';

const { bytes, timeZone, share } = workerData as { bytes: Uint8Array; timeZone: string; share: Share };
void readSheets(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), timeZone, share, (sheet) => parentPort?.postMessage({ sheet })).then(({ order }) => parentPort?.postMessage({ order }));

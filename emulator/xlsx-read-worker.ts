/**
 * A worker thread of the streaming read (xlsx-stream-read.ts, readCellsStreaming): reads the
 * package of its share of the worksheets and posts each sheet as soon as it is read, then the
 * workbook's sheet order. Built as build/xlsx-read-worker.cjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSheets } from './xlsx-stream-read';

const { bytes, timeZone } = workerData as { bytes: Uint8Array; timeZone: string };
void readSheets(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), timeZone, (sheet) => parentPort?.postMessage({ sheet })).then(({ order }) => parentPort?.postMessage({ order }));

/**
 * Child process of classify.bench.ts: bundled with electron/classify by esbuild (the app's build
 * options) and run by plain node, so it measures the classifier as it ships.
 *   node classify-shipped.cjs TEXTS.json WEIGHTS.bin   → {"full":{cpu,wall},"rules":{cpu,wall}}
 */
import fs from 'node:fs';
import { createClassifier } from '../../electron/classify';
import { measureClassifier, type ShippedRates } from './measure-classifier';

const [textsFile, modelPath] = process.argv.slice(2) as [string, string];
const texts = JSON.parse(fs.readFileSync(textsFile, 'utf8')) as string[];
const result: ShippedRates = {
  full: measureClassifier(createClassifier({ modelPath }), texts),
  rules: measureClassifier(createClassifier({ model: null }), texts),
};
console.log(JSON.stringify(result));

import { appendFileSync, readFileSync } from 'node:fs';
import { Document } from 'yaml';
import type { MunitionType } from '../taxonomy.ts';
import { blockEntries, inlineShortMaps } from './writer.ts';

/**
 * New munition types go at the end of munitions.yaml, below what is there, so the hand-written
 * entries and their comments stay as they are.
 */
function munitionTypesYaml(types: MunitionType[]): string {
	const doc = new Document(types);
	inlineShortMaps(doc);
	blockEntries(doc.contents);
	return doc.toString({ lineWidth: 100 });
}

export function appendMunitionTypes(path: string, types: MunitionType[], lookupFile: string): void {
	const current = readFileSync(path, 'utf8');
	const separator = current.endsWith('\n') || current === '' ? '' : '\n';
	const from = lookupFile.split(/[\\/]/).pop();
	appendFileSync(path, `${separator}# Added by the import; categories from ${from}.\n${munitionTypesYaml(types)}`);
}

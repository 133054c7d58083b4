import { appendFileSync, readFileSync } from 'node:fs';
import { Document, isMap, isSeq } from 'yaml';
import type { MunitionType } from '../taxonomy';
import { inlineShortMaps } from './writer';

/**
 * New munition types go at the end of munitions.yaml, below what is there, so the hand-written
 * entries and their comments stay as they are.
 */
function munitionTypesYaml(types: MunitionType[]): string {
	const doc = new Document(types);
	inlineShortMaps(doc);
	if (isSeq(doc.contents)) {
		doc.contents.flow = false;
		for (const item of doc.contents.items) if (isMap(item)) item.flow = false;
	}
	return doc.toString({ lineWidth: 100 });
}

export function appendMunitionTypes(path: string, types: MunitionType[], lookupFile: string): void {
	const current = readFileSync(path, 'utf8');
	const separator = current.endsWith('\n') || current === '' ? '' : '\n';
	const from = lookupFile.split(/[\\/]/).pop();
	appendFileSync(path, `${separator}# Added by the import; categories from ${from}.\n${munitionTypesYaml(types)}`);
}

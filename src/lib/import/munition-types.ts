import { createHash } from 'node:crypto';
import cyrillicToTranslit from 'cyrillic-to-translit-js';
import type { MunitionCategory, MunitionType } from '../taxonomy.ts';

/**
 * The dataset's weapon models as the site's munition types. A type that lists a model among its
 * aliases takes it; otherwise the import makes a type whose id is the model in ASCII (Ukrainian
 * transliterated by the national system of 2010) and whose category comes from the dataset's lookup.
 */

const ukrainian = cyrillicToTranslit({ preset: 'uk' });

/** "Молнія" → "molniia", "Shahed-136/131" → "shahed-136-131". */
export function modelId(model: string): string {
	const ascii = ukrainian.transform(model.normalize('NFC'));
	return ascii
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const categories: Record<string, MunitionCategory> = {
	uav: 'drone',
	'cruise missile': 'cruise-missile',
	'ballistic missile': 'ballistic-missile',
	'guided bomb': 'guided-bomb',
	'surface-to-air missile': 'other-missile',
};

/** The site's category for the lookup's; its mixed entries ("surface-to-air and ballistic") are other missiles. */
export function categoryOf(datasetCategory: string | undefined): MunitionCategory | undefined {
	if (datasetCategory === undefined) return undefined;
	const key = datasetCategory.trim().toLowerCase();
	return categories[key] ?? (key.includes(' and ') ? 'other-missile' : undefined);
}

/** The parts of a combined model: "X-22 and X-32" → ["X-22", "X-32"]. */
function modelParts(model: string): string[] {
	return model.split(/\s+and\s+/).map((part) => part.trim()).filter(Boolean);
}

export interface ModelTypes {
	/** The munition type id a model lands on. */
	typeOf(model: string): string;
	/** Types made by this import, not yet in munitions.yaml, by id. */
	added(): MunitionType[];
	/** Models the lookup lacks, given category `other` for a maintainer to classify. */
	unclassified(): string[];
	/** Models no type lists that land on a type of another name because their ids are the same, for a maintainer to check. */
	shared(): { model: string; id: string; name: string }[];
	/** The category of a type, known or added. */
	categoryOfType(id: string): MunitionCategory;
}

export interface ModelTypeOptions {
	/** Give new types `names: { uk }` (once munitions.yaml gives Ukrainian names, every type needs one). */
	ukrainianNames?: boolean;
}

export function modelTypes(existing: readonly MunitionType[], lookup: Map<string, string>, options: ModelTypeOptions = {}): ModelTypes {
	const byAlias = new Map<string, string>();
	for (const type of existing) for (const alias of type.aliases ?? []) byAlias.set(alias, type.id);
	const byId = new Map(existing.map((type) => [type.id, type]));
	const added = new Map<string, MunitionType>();
	const unclassified = new Set<string>();
	const shared = new Map<string, { model: string; id: string; name: string }>();

	const make = (model: string, id: string): MunitionType => {
		const parts = modelParts(model);
		const combined = parts.length > 1 ? parts.map(typeOf) : undefined;
		let category = categoryOf(lookup.get(model));
		if (!category && combined) {
			const shared = new Set(combined.map(categoryOfType));
			category = shared.size === 1 ? [...shared][0] : 'other-missile';
		}
		if (!category) unclassified.add(model);
		return {
			id,
			name: model,
			category: category ?? 'other',
			aliases: [model],
			...(combined ? { includes: combined } : {}),
			...(options.ukrainianNames ? { names: { uk: model } } : {}),
		} as MunitionType;
	};

	function typeOf(model: string): string {
		const known = byAlias.get(model);
		if (known) return known;
		// A model with no letter or digit in ASCII (神, ★) gets an id of its own, not one all such models share.
		const id = modelId(model) || `model-${createHash('sha256').update(model).digest('hex').slice(0, 8)}`;
		const type = byId.get(id);
		if (!type) {
			const made = make(model, id);
			byId.set(id, made);
			added.set(id, made);
		} else if (type.name !== model) shared.set(model, { model, id, name: type.name });
		byAlias.set(model, id);
		return id;
	}

	function categoryOfType(id: string): MunitionCategory {
		return byId.get(id)?.category ?? 'other';
	}

	return {
		typeOf,
		added: () => [...added.values()].sort((a, b) => a.id.localeCompare(b.id)),
		unclassified: () => [...unclassified].sort(),
		shared: () => [...shared.values()].sort((a, b) => a.model.localeCompare(b.model)),
		categoryOfType,
	};
}

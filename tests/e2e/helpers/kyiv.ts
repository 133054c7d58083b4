/** The bundled Kyiv brief, as written in content/briefs/2025-09-07-kyiv.mdx. */
export const kyiv = {
	path: '/briefs/2025-09-07-kyiv/',
	title: 'Record drone and missile attack on Kyiv hits the Cabinet of Ministers building',
	/** Its Ukrainian title, from content/briefs/2025-09-07-kyiv.uk.mdx. */
	titleUk: 'Рекордна атака дронів і ракет на Київ: влучання в Кабінет Міністрів',
	airForce: {
		publisher: 'Air Force of the Armed Forces of Ukraine',
		url: 'https://www.facebook.com/kpszsu/posts/pfbid0YNrD45i6HHWFwKbqMzyFKpNCTVp1UcXehtNP1C31oraYneC8AW9okQgABJnXZ75Hl',
	},
};

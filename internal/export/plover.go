package export

import (
	"strings"
)

// ploverMode maps CAMEO sub-codes onto PLOVER modes where the CAMEO code
// says how the action was carried out; other events have mode "".
const ploverMode = `CASE
	WHEN starts_with(e.cameo, '141') THEN 'demonstrate'
	WHEN starts_with(e.cameo, '142') THEN 'hunger'
	WHEN starts_with(e.cameo, '143') THEN 'strike'
	WHEN starts_with(e.cameo, '144') THEN 'obstruct'
	WHEN starts_with(e.cameo, '145') THEN 'riot'
	WHEN starts_with(e.cameo, '181') THEN 'abduct'
	WHEN starts_with(e.cameo, '182') THEN 'beat'
	WHEN starts_with(e.cameo, '183') THEN 'explosives'
	WHEN starts_with(e.cameo, '186') THEN 'assassinate'
	WHEN starts_with(e.cameo, '193') THEN 'firearms'
	WHEN starts_with(e.cameo, '194') THEN 'artillery'
	WHEN starts_with(e.cameo, '195') THEN 'aerial'
	WHEN starts_with(e.cameo, '172') THEN 'sanctions'
	ELSE '' END`

// ploverActor is the actor fields of one side: name, code, country and
// role (the first role code after the country prefix, e.g. GOV, MIL).
func ploverActor(n, side string) []string {
	return []string{
		"actor" + n + " := e." + side + "_name",
		"actor" + n + "_code := e." + side + "_code",
		"actor" + n + "_country := e." + side + "_country",
		"actor" + n + "_role := nullif(" + actorType(side, 0) + ", '')",
		"actor" + n + "_text := e." + side + "_text",
	}
}

// ploverExpr is the JSON object of one event in PLOVER form plus dyad's
// evidence fields.
func ploverExpr(c []string) string {
	fields := []string{
		"id := e.event_id",
		"date := strftime(" + dateX + ", '%Y-%m-%d')",
		"event_type := e.plover",
		"mode := " + ploverMode,
		"context := CAST([] AS VARCHAR[])",
	}
	fields = append(fields, ploverActor("1", "source")...)
	fields = append(fields, ploverActor("2", "target")...)
	fields = append(fields,
		`location := CASE WHEN e.loc_name IS NULL THEN NULL ELSE struct_pack(name := e.loc_name,
			country := e.loc_country, admin1 := e.loc_admin1, lat := e.lat, lon := e.lon) END`,
		"cameo := e.cameo", "goldstein := e.goldstein", "quad_class := e.quad_class",
		"negated := e.negated", "hypothetical := e.hypothetical",
		"num_articles := "+c[0], "num_sources := "+c[1], "num_mentions := "+c[2],
		"text := s.text", "url := d.url", "doc_id := d.id", "outlet := d.source", "rule := e.rule")
	return "CAST(to_json(struct_pack(" + strings.Join(fields, ",\n\t") + ")) AS VARCHAR)"
}

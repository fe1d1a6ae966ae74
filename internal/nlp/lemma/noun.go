package lemma

import "strings"

// irregularNouns maps irregular plurals to singulars.
var irregularNouns = map[string]string{
	"men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "oxen": "ox",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis",
	"hypotheses": "hypothesis", "diagnoses": "diagnosis", "bases": "base",
	"oases": "oasis", "parentheses": "parenthesis", "syntheses": "synthesis",
	"emphases": "emphasis", "prognoses": "prognosis", "axes": "axis",
	"phenomena": "phenomenon", "criteria": "criterion", "lives": "life",
	"wives": "wife", "knives": "knife", "leaves": "leaf", "halves": "half",
	"selves": "self", "wolves": "wolf", "shelves": "shelf", "thieves": "thief",
	"loaves": "loaf", "calves": "calf", "elves": "elf", "scarves": "scarf",
	"wharves": "wharf", "hooves": "hoof", "sheaves": "sheaf",
	"movies": "movie", "cookies": "cookie", "ties": "tie", "lies": "lie",
	"pies": "pie", "allies": "ally", "shoes": "shoe", "toes": "toe", "foes": "foe",
	"canoes": "canoe", "oboes": "oboe", "hoes": "hoe", "buses": "bus",
	"gases": "gas", "statuses": "status", "censuses": "census", "viruses": "virus",
	"campuses": "campus", "bonuses": "bonus", "consensuses": "consensus",
	"focuses": "focus", "lenses": "lens", "aliases": "alias", "biases": "bias",
	"atlases": "atlas", "quizzes": "quiz", "fungi": "fungus", "cacti": "cactus",
	"nuclei": "nucleus", "stimuli": "stimulus", "alumni": "alumnus", "indices": "index",
	"appendices": "appendix", "matrices": "matrix", "vertices": "vertex",
	"curricula": "curriculum", "memoranda": "memorandum", "strata": "stratum",
	"bacteria": "bacterium", "millennia": "millennium", "spectra": "spectrum",
	"dice": "die", "lice": "louse", "brethren": "brother", "passersby": "passerby",
	"mothers-in-law": "mother-in-law", "fathers-in-law": "father-in-law",
	"sons-in-law": "son-in-law", "daughters-in-law": "daughter-in-law",
	"commanders-in-chief": "commander-in-chief", "attorneys-general": "attorney-general",
	"houses": "house", "horses": "horse", "courses": "course", "purposes": "purpose",
	"causes": "cause", "clauses": "clause", "uses": "use", "cases": "case",
	"phases": "phase", "releases": "release", "promises": "promise",
	"premises": "premises", "responses": "response", "expenses": "expense",
	"licenses": "license", "licences": "licence", "defenses": "defense",
	"offenses": "offense", "senses": "sense", "nurses": "nurse", "verses": "verse",
	"databases": "database", "enterprises": "enterprise", "exercises": "exercise",
	"franchises": "franchise", "surprises": "surprise", "doses": "dose",
	"noses": "nose", "roses": "rose", "poses": "pose", "diseases": "disease",
	"increases": "increase", "decreases": "decrease", "ceasefires": "ceasefire",
	"cease-fires": "cease-fire", "lapses": "lapse", "collapses": "collapse",
	"eclipses": "eclipse", "pulses": "pulse", "impulses": "impulse",
	"bosses": "boss",
}

// uncountable nouns and plurals that are their own lemma.
var invariantNouns = map[string]bool{
	"news": true, "series": true, "species": true, "means": true, "headquarters": true,
	"politics": true, "economics": true, "physics": true, "mathematics": true,
	"ethics": true, "aircraft": true, "police": true, "people": true, "data": true,
	"media": true, "sheep": true, "deer": true, "fish": true, "swiss": true,
	"arms": true, "clothes": true, "thanks": true,
	"goods": true, "savings": true, "earnings": true, "proceedings": true,
	"whereabouts": true, "barracks": true, "crossroads": true, "logistics": true,
	"statistics": true, "diabetes": true, "measles": true, "tactics": true,
	"analytics": true, "athletics": true, "gymnastics": true, "is": true,
	"was": true, "has": true, "us": true, "this": true, "his": true, "its": true,
}

// Noun returns the singular of an English noun: "talks" -> talk,
// "countries" -> country, "men" -> man, "crises" -> crisis. Words that do
// not look plural are returned lower-cased.
func Noun(word string) string {
	w := lower(word)
	if s, ok := irregularNouns[w]; ok {
		return s
	}
	n := len(w)
	if n < 3 || w[n-1] != 's' || invariantNouns[w] {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "'s"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "oes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "zzes"):
		return w[:n-2]
	}
	return w[:n-1]
}

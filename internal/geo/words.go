package geo

// setOf builds a lookup set of lower-case words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// commonWords are place names that are also ordinary English words
// ("Mobile", "Reading", "Nice"): they count as places only mid-sentence
// in running text or after a locative preposition.
var commonWords = setOf("of", "can", "mobile", "reading", "nice", "police", "bar", "sale", "march", "may",
	"hope", "why", "bath", "split", "most", "gap", "mesa", "orange", "deal", "price", "union", "independence",
	"liberty", "justice", "energy", "university", "opportunity", "victory", "progress", "enterprise",
	"commerce", "industry", "paradise", "providence", "concord", "harmony", "unity", "friendship", "eagle",
	"man", "date", "same", "central", "seen", "mission", "along", "federal", "summit", "much", "young", "best",
	"republic", "buy", "normal", "goes", "marks", "tank", "gay", "surprise", "male", "van", "holiday", "green",
	"spring", "banning", "manage", "liberal", "rugby", "pace", "metro", "sake", "golden", "retreat",
	"hurricane", "fleet", "bear", "defiance", "bride", "wedding", "temple", "plantation", "borne", "plunge",
	"florin", "delta", "canton", "bay", "superior", "seaside", "savage", "lend", "cocoa", "boom", "batman",
	"hit", "say", "post", "sandy", "pleasant", "fairfield", "lincoln", "jackson", "hamilton",
	"florence", "marion", "charlotte", "eugene", "tyler", "warren", "kent", "chester", "austin", "clinton",
	"franklin", "madison", "lawrence", "troy", "salem", "aurora", "mercedes", "mons",
	"lens", "lille", "angers", "nancy", "ede", "zug", "sur", "bida", "ado", "aba", "ore", "ife", "obama")

// needPrep are region names that are also nationality adjectives
// ("Somali leaders"): places only after a locative preposition.
var needPrep = setOf("somali", "afar", "amhara", "kurdish", "druze")

// notAlone are words that are never a place on their own: compass points
// ("the North" is a region of Cameroon in GeoNames) and continents (a
// town "Asia" in the Philippines).
var notAlone = setOf("north", "south", "east", "west", "centre", "center", "central", "northwest", "northeast",
	"southwest", "southeast", "littoral", "coast", "asia", "africa", "europe", "oceania", "americas",
	"middle", "far", "near")

// locPreps are prepositions that introduce a place; eventPreps the subset
// that locates an action ("in Jakarta", not "from Jakarta").
var (
	locPreps   = setOf("in", "at", "near", "from", "to", "outside", "inside", "into", "across", "throughout", "around", "toward", "towards", "via", "within", "across", "between", "through", "over", "on", "off", "of", "for", "visit", "visits", "visited", "visiting")
	eventPreps = setOf("in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "on", "off")
)

// funcWords may stand capitalised right before a place without being part
// of its name ("In Paris", "The Hague" aside).
var funcWords = setOf("in", "at", "near", "from", "to", "outside", "inside", "into", "across", "the", "and",
	"of", "for", "on", "by", "with", "when", "while", "as", "after", "before", "but", "both", "via", "over",
	"under", "since", "until", "like", "if", "although", "though", "a", "an", "or", "nor", "between",
	"throughout", "around", "toward", "towards", "beyond", "within", "through", "during", "despite",
	"unlike", "amid", "among", "across", "about", "so", "yet", "then", "meanwhile", "also", "here", "there",
	"in-", "greater", "downtown", "central", "northern", "southern", "eastern", "western", "north", "south",
	"east", "west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
	"southeast", "southwest", "mainland", "rural", "occupied", "upper", "lower", "inner", "outer", "wartime",
	"postwar", "prewar", "modern", "ancient", "neighbouring", "neighboring", "nearby", "coastal",
	"visit", "visits", "visited", "visiting", "says", "said", "tells", "told", "hits", "hit", "strikes",
	"struck", "rocks", "shakes", "floods", "storms", "quake", "blast", "attack", "attacks", "protests",
	"protesters", "rally", "talks", "summit", "leaves", "leave", "arrives", "returns", "flee", "flees",
	"kills", "killed", "wounds", "raid", "raids", "bombs", "shells", "shelling", "troops", "forces", "police")

// afterOK are capitalised words that may follow a place without making it
// part of a longer name ("Kyiv Mayor", "Gaza Health Ministry", "Paris
// Tuesday").
var afterOK = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "mayor", "governor", "police", "minister", "ministry", "president", "prime",
	"foreign", "defence", "defense", "health", "interior", "government", "council", "city", "province",
	"region", "state", "county", "strip", "oblast", "district", "governorate", "prefecture", "airport",
	"officials", "authorities", "on", "in", "and", "but", "or", "at", "the", "as", "for", "to", "with",
	"says", "said", "chief", "head", "correspondent", "bureau", "embassy", "consulate", "residents",
	"province's", "regional", "municipal", "a", "it", "this", "that", "he", "she", "they", "we", "i")

// adminNouns after a place ask for the region rather than a city of the
// same name ("Kharkiv region", "Georgia state").
var adminNouns = setOf("region", "province", "oblast", "governorate", "state", "prefecture", "county",
	"department", "territory", "district")

// connectors may stand lower-case inside a multi-word name ("Rio de
// Janeiro", "Stratford-upon-Avon", "Bosnia and Herzegovina").
var connectors = setOf("de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "el", "al",
	"as", "ash", "ad", "an", "ar", "az", "at", "es", "en", "et", "y", "e", "of", "and", "upon", "on", "am",
	"im", "an", "der", "den", "du", "des", "sur", "au", "aux", "the", "bin", "ibn", "ul", "ur", "i", "a")

// abbrevs end with a period inside a name ("St. Louis").
var abbrevs = setOf("st", "ste", "mt", "ft", "pt", "sta")

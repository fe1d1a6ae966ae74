package main

// iso3Override corrects alpha-3 codes where dyad's actor codes differ
// from ISO 3166-1 (Kosovo has no ISO code; CAMEO uses KSV).
var iso3Override = map[string]string{"XK": "KSV"}

// countryAliases are common English names of countries beyond the
// source's own (facts).
var countryAliases = map[string][]string{}

// cityAliases are English exonyms and former names of cities, keyed by
// "GeoNames name|ISO2" (facts).
var cityAliases = map[string][]string{}

// admin1Aliases are other names of first-level regions, keyed by GeoNames
// admin1 code. A leading "=" marks an abbreviation that only qualifies a
// preceding place ("Springfield, Ill.").
var admin1Aliases = map[string][]string{}

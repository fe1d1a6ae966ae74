package event

// ExtendCodebook adds to cb every code that the patterns use and cb lacks,
// as a user-defined code (Goldstein 0, no PLOVER type), and returns the
// codes it added. User dictionaries (PETRARCH verb files especially) may
// define codes of their own.
func ExtendCodebook(cb Codebook, ps *PatternSet) []string {
	var added []string
	for _, p := range ps.Patterns {
		if _, ok := cb[p.Code]; ok {
			continue
		}
		cb[p.Code] = CodeInfo{Code: p.Code, PLOVER: "-", Name: "user-defined code"}
		added = append(added, p.Code)
	}
	return added
}

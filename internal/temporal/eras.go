package temporal

import "strings"

// era is a named war or period with its dates.
type era struct {
	words    []string // lower-case tokens, "-" as its own token
	from, to civil
}

// eras is a small table of major wars and periods.
var eras = buildEras([]struct {
	name     string
	from, to civil
}{
	{"Korean War", civil{1950, 6, 25}, civil{1953, 7, 27}},
	{"Vietnam War", civil{1955, 11, 1}, civil{1975, 4, 30}},
	{"World War II", civil{1939, 9, 1}, civil{1945, 9, 2}},
	{"World War Two", civil{1939, 9, 1}, civil{1945, 9, 2}},
	{"World War 2", civil{1939, 9, 1}, civil{1945, 9, 2}},
	{"Second World War", civil{1939, 9, 1}, civil{1945, 9, 2}},
	{"WWII", civil{1939, 9, 1}, civil{1945, 9, 2}},
	{"WW2", civil{1939, 9, 1}, civil{1945, 9, 2}},
	{"World War I", civil{1914, 7, 28}, civil{1918, 11, 11}},
	{"World War One", civil{1914, 7, 28}, civil{1918, 11, 11}},
	{"World War 1", civil{1914, 7, 28}, civil{1918, 11, 11}},
	{"First World War", civil{1914, 7, 28}, civil{1918, 11, 11}},
	{"Great War", civil{1914, 7, 28}, civil{1918, 11, 11}},
	{"WWI", civil{1914, 7, 28}, civil{1918, 11, 11}},
	{"Cold War", civil{1947, 3, 12}, civil{1991, 12, 26}},
	{"Gulf War", civil{1990, 8, 2}, civil{1991, 2, 28}},
	{"First Gulf War", civil{1990, 8, 2}, civil{1991, 2, 28}},
	{"Iraq War", civil{2003, 3, 20}, civil{2011, 12, 18}},
	{"Iran-Iraq War", civil{1980, 9, 22}, civil{1988, 8, 20}},
	{"Six-Day War", civil{1967, 6, 5}, civil{1967, 6, 10}},
	{"Yom Kippur War", civil{1973, 10, 6}, civil{1973, 10, 25}},
	{"Falklands War", civil{1982, 4, 2}, civil{1982, 6, 14}},
	{"Soviet-Afghan War", civil{1979, 12, 24}, civil{1989, 2, 15}},
	{"Bosnian War", civil{1992, 4, 6}, civil{1995, 12, 14}},
	{"Kosovo War", civil{1998, 2, 28}, civil{1999, 6, 11}},
	{"Spanish Civil War", civil{1936, 7, 17}, civil{1939, 4, 1}},
	{"American Civil War", civil{1861, 4, 12}, civil{1865, 5, 9}},
	{"Chinese Civil War", civil{1927, 8, 1}, civil{1949, 12, 7}},
	{"Second Sino-Japanese War", civil{1937, 7, 7}, civil{1945, 9, 2}},
	{"Cultural Revolution", civil{1966, 5, 16}, civil{1976, 10, 6}},
	{"Great Leap Forward", civil{1958, 1, 1}, civil{1962, 12, 31}},
	{"Great Depression", civil{1929, 10, 29}, civil{1939, 12, 31}},
	{"Russian Revolution", civil{1917, 3, 8}, civil{1917, 11, 7}},
	{"Arab Spring", civil{2010, 12, 17}, civil{2012, 12, 31}},
})

// eraHeads maps an era's first word to its entries, longest first.
var eraHeads = func() map[string][]int {
	m := map[string][]int{}
	for i, e := range eras {
		m[e.words[0]] = append(m[e.words[0]], i)
	}
	for _, is := range m {
		for a := 1; a < len(is); a++ {
			for b := a; b > 0 && len(eras[is[b]].words) > len(eras[is[b-1]].words); b-- {
				is[b], is[b-1] = is[b-1], is[b]
			}
		}
	}
	return m
}()

func buildEras(list []struct {
	name     string
	from, to civil
}) []era {
	out := make([]era, 0, len(list))
	for _, e := range list {
		var ws []string
		for _, f := range strings.Fields(strings.ToLower(e.name)) {
			parts := strings.Split(f, "-")
			for k, p := range parts {
				if k > 0 {
					ws = append(ws, "-")
				}
				ws = append(ws, p)
			}
		}
		out = append(out, era{words: ws, from: e.from, to: e.to})
	}
	return out
}

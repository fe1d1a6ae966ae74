package api

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// spec is the parsed OpenAPI document.
type spec map[string]any

// resolve follows a local $ref.
func (s spec) resolve(v map[string]any) map[string]any {
	ref, ok := v["$ref"].(string)
	if !ok {
		return v
	}
	var cur any = map[string]any(s)
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		cur = cur.(map[string]any)[part]
	}
	return s.resolve(cur.(map[string]any))
}

// validate checks value against schema (the subset of JSON Schema the spec
// uses: $ref, anyOf, type (or list of types), properties, required,
// additionalProperties, items).
func (s spec) validate(path string, v any, schema map[string]any) error {
	schema = s.resolve(schema)
	if alts, ok := schema["anyOf"].([]any); ok {
		for _, a := range alts {
			if s.validate(path, v, a.(map[string]any)) == nil {
				return nil
			}
		}
		return fmt.Errorf("%s: %v matches no anyOf branch", path, v)
	}
	types := []string{}
	switch t := schema["type"].(type) {
	case string:
		types = append(types, t)
	case []any:
		for _, x := range t {
			types = append(types, x.(string))
		}
	}
	for _, t := range types {
		if s.validateType(path, v, t, schema) == nil {
			return nil
		}
	}
	if len(types) == 0 {
		return nil
	}
	return s.validateType(path, v, types[0], schema)
}

// validateType checks v against one type of schema.
func (s spec) validateType(path string, v any, t string, schema map[string]any) error {
	ok := false
	switch t {
	case "null":
		ok = v == nil
	case "string":
		_, ok = v.(string)
	case "boolean":
		_, ok = v.(bool)
	case "number":
		_, ok = v.(float64)
	case "integer":
		f, isNum := v.(float64)
		ok = isNum && f == float64(int64(f))
	case "array":
		return s.validateArray(path, v, schema)
	case "object":
		return s.validateObject(path, v, schema)
	}
	if !ok {
		return fmt.Errorf("%s: %v is not %s", path, v, t)
	}
	return nil
}

func (s spec) validateArray(path string, v any, schema map[string]any) error {
	arr, ok := v.([]any)
	if !ok {
		return fmt.Errorf("%s: %v is not an array", path, v)
	}
	items, _ := schema["items"].(map[string]any)
	for i, x := range arr {
		if items != nil {
			if err := s.validate(fmt.Sprintf("%s[%d]", path, i), x, items); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s spec) validateObject(path string, v any, schema map[string]any) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: %v is not an object", path, v)
	}
	props, _ := schema["properties"].(map[string]any)
	for _, r := range asList(schema["required"]) {
		if _, ok := obj[r]; !ok {
			return fmt.Errorf("%s: required key %q missing", path, r)
		}
	}
	for k, x := range obj {
		p, declared := props[k].(map[string]any)
		if !declared {
			if schema["additionalProperties"] == false {
				return fmt.Errorf("%s: key %q not declared in the schema", path, k)
			}
			continue
		}
		if err := s.validate(path+"."+k, x, p); err != nil {
			return err
		}
	}
	return nil
}

func asList(v any) []string {
	var out []string
	l, _ := v.([]any)
	for _, x := range l {
		out = append(out, x.(string))
	}
	return out
}

// request builds the URL of an operation from its parameters' examples.
func (s spec) request(path string, op map[string]any) string {
	q := url.Values{}
	params, _ := op["parameters"].([]any)
	for _, p := range params {
		p := s.resolve(p.(map[string]any))
		ex, ok := p["example"]
		if !ok {
			continue
		}
		val := fmt.Sprint(ex)
		if p["in"] == "path" {
			path = strings.ReplaceAll(path, "{"+p["name"].(string)+"}", val)
		} else {
			q.Set(p["name"].(string), val)
		}
	}
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	return path
}

func TestOpenAPI(t *testing.T) {
	h, _ := testServer(t)
	code, raw := call(t, h, "GET", "/api/openapi.json", nil, nil)
	var s spec
	if err := json.Unmarshal(raw, &s); err != nil || code != 200 {
		t.Fatalf("openapi.json: %d %v", code, err)
	}
	if s["openapi"] != "3.1.0" {
		t.Errorf("openapi version %v", s["openapi"])
	}
	paths := s["paths"].(map[string]any)
	names := make([]string, 0, len(paths))
	for p := range paths {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		for method, op := range paths[p].(map[string]any) {
			t.Run(method+" "+p, func(t *testing.T) { s.check(t, h, strings.ToUpper(method), p, op.(map[string]any)) })
		}
	}
}

// check calls one operation with its examples and validates the answer
// against the schema declared for the status it got.
func (s spec) check(t *testing.T, h http.Handler, method, path string, op map[string]any) {
	u := s.request(path, op)
	var body io.Reader
	hdr := map[string]string{}
	if rb, ok := op["requestBody"].(map[string]any); ok {
		for _, media := range rb["content"].(map[string]any) {
			body = strings.NewReader(media.(map[string]any)["example"].(string))
		}
		hdr["Authorization"] = "Bearer secret"
	}
	code, raw := call(t, h, method, u, body, hdr)
	responses := op["responses"].(map[string]any)
	resp, ok := responses[strconv.Itoa(code)].(map[string]any)
	if !ok {
		t.Fatalf("%s %s: status %d not declared: %s", method, u, code, raw)
	}
	if code != 200 && !(code == 501 && strings.HasPrefix(path, "/api/threads")) {
		t.Errorf("%s %s: status %d: %s", method, u, code, raw)
	}
	schema := resp["content"].(map[string]any)["application/json"].(map[string]any)["schema"].(map[string]any)
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", u, err)
	}
	if err := s.validate("$", v, schema); err != nil {
		t.Errorf("%s %s: %v", method, u, err)
	}
}

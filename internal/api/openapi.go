package api

import (
	_ "embed"
	"encoding/json"
	"net/http"
)

// openapiJSON is the OpenAPI 3.1 description of the API.
//
//go:embed openapi.json
var openapiJSON []byte

// OpenAPI returns the OpenAPI 3.1 document.
func OpenAPI() []byte { return openapiJSON }

// openapi serves GET /api/openapi.json.
func (s *server) openapi(*http.Request) (any, error) {
	return json.RawMessage(openapiJSON), nil
}

// Code generated from json_config_defaults.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"fmt"
	"time"
)

//line testdata/conformance/json_config_defaults.gos/_.go:1:1
type DB struct {
	Host    string `json:"host"`
	Port    int    `json:"port,omitempty"`
	Timeout string `json:"timeout"`
}

type Config struct {
	Name     string            `json:"name"`
	Debug    bool              `json:"debug"`
	DB       DB                `json:"db"`
	Replicas []DB              `json:"replicas"`
	Labels   map[string]string `json:"labels,omitempty"`
	Ratio    *float64          `json:"ratio"`
	Extra    json.RawMessage   `json:"extra"`
}

func defaults() Config {
	return Config{Name: "app", DB: DB{Host: "localhost", Port: 5432, Timeout: "5s"}}
}

var bad Config

var syn Config

var generic map[string]any

func main() {
	raw := `{"name":"svc","db":{"host":"db.local","timeout":"2s"},"replicas":[{"host":"r1","port":1},{"host":"r2"}],"ratio":0.25,"extra":{"a":[1,2]}}`
	cfg := defaults()
	if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", cfg.DB)
	fmt.Println(cfg.Name, cfg.Debug, len(cfg.Replicas), cfg.Replicas[1].Port, *cfg.Ratio, string(cfg.Extra))
	d, err := time.ParseDuration(cfg.DB.Timeout)
	fmt.Println(d, err, d*3)
	out, _ := json.MarshalIndent(cfg.Replicas, "", "  ")
	fmt.Println(string(out))
	err = json.Unmarshal([]byte(`{"db":{"port":"x"}}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"name":`), &syn)
	fmt.Println(err)
	json.Unmarshal([]byte(raw), &generic)
	db := generic["db"].(map[string]any)
	fmt.Println(db["host"], generic["ratio"].(float64)*4, len(generic["replicas"].([]any)))
	cfg.Labels = map[string]string{"z": "1", "a": "2"}
	b, _ := json.Marshal(cfg)
	fmt.Println(string(b))
}

package kernel

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadConnectionFile(t *testing.T) {
	dir := t.TempDir()
	write := func(s string) string {
		p := filepath.Join(dir, "c.json")
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ci, err := ReadConnectionFile(write(`{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
		"ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "gograd"}`))
	if err != nil {
		t.Fatal(err)
	}
	if ci.ShellPort != 5001 || ci.HBPort != 5005 || ci.Key != "abc" || ci.endpoint(ci.ShellPort) != "gograd-tcp://127.0.0.1:5001" {
		t.Errorf("%+v", ci)
	}
	ci, err = ReadConnectionFile(write(`{"ip": "::1", "shell_port": 1}`))
	if err != nil || ci.SignatureScheme != "hmac-sha256" || ci.endpoint(1) != "gograd-tcp://[::1]:1" {
		t.Errorf("defaults/IPv6: %+v %v", ci, err)
	}
	ci, err = ReadConnectionFile(write(`{"transport": "ipc", "ip": "/tmp/kernel-x", "shell_port": 1}`))
	if err != nil || ci.endpoint(1) != "gograd-ipc:///tmp/kernel-x-1" {
		t.Errorf("ipc: %+v %v", ci, err)
	}
	for _, bad := range []struct{ json, want string }{
		{`{"transport": "udp"}`, "unknown transport"},
		{`{"signature_scheme": "hmac-whirlpool"}`, "unsupported hash"},
		{`{"shell_port": 70000}`, "out of range"},
		{`{"ip": "a b"}`, "not an IP"},
		{`{"shell_port": "x"}`, "cannot unmarshal"},
		{`not json`, "invalid character"},
	} {
		_, err := ReadConnectionFile(write(bad.json))
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: err %v, want %q", bad.json, err, bad.want)
		}
	}
	if _, err := ReadConnectionFile(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file accepted")
	}
}

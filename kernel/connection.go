package kernel

import (
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

// ConnectionInfo is the content of a Jupyter connection file: where the
// five sockets listen and how messages are signed.
type ConnectionInfo struct {
	Transport       string `json:"transport"` // "tcp" or "ipc"
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	ControlPort     int    `json:"control_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile reads and checks a connection file.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	var ci ConnectionInfo
	data, err := os.ReadFile(path)
	if err != nil {
		return ci, fmt.Errorf("kernel: reading connection file: %w", err)
	}
	if err := json.Unmarshal(data, &ci); err != nil {
		return ci, fmt.Errorf("kernel: connection file %s: %w", path, err)
	}
	if err := ci.check(); err != nil {
		return ci, fmt.Errorf("kernel: connection file %s: %w", path, err)
	}
	return ci, nil
}

func (ci *ConnectionInfo) check() error {
	if ci.Transport == "" {
		ci.Transport = "tcp"
	}
	if ci.SignatureScheme == "" {
		ci.SignatureScheme = "hmac-sha256"
	}
	if _, err := hashFor(ci.SignatureScheme); err != nil {
		return err
	}
	switch ci.Transport {
	case "tcp":
		if ci.IP == "" {
			ci.IP = "127.0.0.1"
		}
		if strings.ContainsAny(ci.IP, "/ \t[]") {
			return fmt.Errorf("ip %q is not an IP address or host name", ci.IP)
		}
		for _, p := range []struct {
			name string
			port int
		}{{"shell_port", ci.ShellPort}, {"control_port", ci.ControlPort}, {"iopub_port", ci.IOPubPort}, {"stdin_port", ci.StdinPort}, {"hb_port", ci.HBPort}} {
			if p.port < 0 || p.port > 65535 {
				return fmt.Errorf("%s %d out of range", p.name, p.port)
			}
		}
	case "ipc":
		if ci.IP == "" {
			return fmt.Errorf("ipc transport needs an ip (the socket path prefix)")
		}
	default:
		return fmt.Errorf("unknown transport %q (want tcp or ipc)", ci.Transport)
	}
	return nil
}

// endpoint is the ZeroMQ address for a port: IP:PORT over TCP, or for
// ipc the path IP-PORT as jupyter_client names it, on the kernel's framed
// transports (see transport.go).
func (ci ConnectionInfo) endpoint(port int) string {
	if ci.Transport == "ipc" {
		return "gograd-ipc://" + ci.IP + "-" + strconv.Itoa(port)
	}
	ip := ci.IP
	if ip == "*" {
		ip = "0.0.0.0"
	}
	return "gograd-tcp://" + net.JoinHostPort(ip, strconv.Itoa(port))
}

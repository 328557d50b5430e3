package kernel

import (
	"testing"
	"time"
)

// BenchmarkExecuteRoundTrip times execute_request → reply and idle over
// loopback TCP with the fake session: the kernel's own overhead.
func BenchmarkExecuteRoundTrip(b *testing.B) {
	t := &testing.T{}
	k, _ := testKernel(t)
	defer k.Shutdown()
	c := newClient(t, k)
	defer c.close()
	content := map[string]any{"code": "1+1", "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		id := c.request(c.shell, "execute_request", content)
		c.recv(c.shellCh, "execute_reply", 10*time.Second)
		for idle := false; !idle; {
			m := <-c.iopubCh
			idle = parentID(m) == id && m.Header.MsgType == "status" && string(m.Content) == `{"execution_state":"idle"}`
		}
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N), "µs/roundtrip")
}

// BenchmarkComplete times complete_request → complete_reply.
func BenchmarkComplete(b *testing.B) {
	t := &testing.T{}
	k, _ := testKernel(t)
	defer k.Shutdown()
	c := newClient(t, k)
	defer c.close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.request(c.shell, "complete_request", map[string]any{"code": "pri", "cursor_pos": 3})
		c.recv(c.shellCh, "complete_reply", 10*time.Second)
	}
}

// BenchmarkSignVerify times signing and checking one typical message.
func BenchmarkSignVerify(b *testing.B) {
	s, _ := NewSigner("hmac-sha256", []byte("0123456789abcdef0123456789abcdef"))
	h := []byte(`{"msg_id":"a8c1b7e0-2b1d-4f7e-9a3c-1d2e3f4a5b6c_1","session":"a8c1b7e0","username":"u","date":"2026-01-01T00:00:00.000000Z","msg_type":"execute_request","version":"5.3"}`)
	c := []byte(`{"code":"1+1","silent":false,"store_history":true,"user_expressions":{},"allow_stdin":true,"stop_on_error":true}`)
	e := []byte("{}")
	for i := 0; i < b.N; i++ {
		sig := s.Sign(h, e, e, c)
		if !s.Verify(sig, h, e, e, c) {
			b.Fatal("verify")
		}
	}
}

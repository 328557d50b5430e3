package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"hash"
	"testing"
)

func TestSignMatchesHMAC(t *testing.T) {
	parts := [][]byte{[]byte(`{"msg_id":"1","msg_type":"x"}`), []byte(`{}`), []byte(`{"m":1}`), []byte(`{"code":"1+1"}`)}
	for _, tc := range []struct {
		scheme string
		h      func() hash.Hash
	}{{"hmac-sha256", sha256.New}, {"hmac-sha512", sha512.New}} {
		s, err := NewSigner(tc.scheme, []byte("k3y"))
		if err != nil {
			t.Fatal(err)
		}
		mac := hmac.New(tc.h, []byte("k3y"))
		for _, p := range parts {
			mac.Write(p)
		}
		want := hex.EncodeToString(mac.Sum(nil))
		if got := string(s.Sign(parts[0], parts[1], parts[2], parts[3])); got != want {
			t.Errorf("%s: Sign = %s, want %s", tc.scheme, got, want)
		}
		if !s.Verify([]byte(want), parts[0], parts[1], parts[2], parts[3]) {
			t.Errorf("%s: Verify rejects a good signature", tc.scheme)
		}
	}
}

func TestSignerSchemes(t *testing.T) {
	for _, scheme := range []string{"hmac-sha256", "hmac-sha1", "hmac-sha224", "hmac-sha384", "hmac-sha512", "hmac-md5"} {
		if _, err := NewSigner(scheme, []byte("k")); err != nil {
			t.Errorf("%s: %v", scheme, err)
		}
	}
	for _, scheme := range []string{"sha256", "hmac-sha3", "hmac-", ""} {
		if _, err := NewSigner(scheme, []byte("k")); err == nil {
			t.Errorf("%q accepted", scheme)
		}
	}
}

func TestDecode(t *testing.T) {
	s, _ := NewSigner("hmac-sha256", []byte("key"))
	header := []byte(`{"msg_id":"a","session":"s","username":"u","date":"2020-01-01T00:00:00Z","msg_type":"execute_request","version":"5.3"}`)
	good := Encode(&Message{
		Identities: [][]byte{[]byte("peer"), []byte("proxy")},
		RawHeader:  header, ParentHeader: []byte(`{}`), Metadata: []byte(`{}`),
		Content: []byte(`{"code":"1+1"}`), Buffers: [][]byte{[]byte("buf")},
	}, s)

	m, err := Decode(good, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Identities) != 2 || string(m.Identities[1]) != "proxy" || m.Header.MsgType != "execute_request" ||
		m.Header.MsgID != "a" || string(m.Content) != `{"code":"1+1"}` || len(m.Buffers) != 1 || !bytes.Equal(m.RawHeader, header) {
		t.Errorf("decoded %+v", m)
	}

	clone := func() [][]byte {
		out := make([][]byte, len(good))
		for i := range good {
			out[i] = bytes.Clone(good[i])
		}
		return out
	}
	flip := clone()
	flip[4][5] ^= 1 // the header, after the two identities, delimiter and signature
	noSig := clone()
	noSig[3] = nil
	badHex := clone()
	badHex[3] = []byte("zz")
	other, _ := NewSigner("hmac-sha256", []byte("other"))

	for _, tc := range []struct {
		name   string
		frames [][]byte
		signer *Signer
		want   error
	}{
		{"tampered header", flip, s, ErrBadSignature},
		{"missing signature", noSig, s, ErrBadSignature},
		{"signature not hex", badHex, s, ErrBadSignature},
		{"wrong key", good, other, ErrBadSignature},
		{"truncated", good[:5], s, ErrTruncated},
		{"no delimiter", [][]byte{[]byte("a"), []byte("b")}, s, ErrNoDelimiter},
		{"empty", nil, s, ErrNoDelimiter},
	} {
		if _, err := Decode(tc.frames, tc.signer); !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}

	for _, tc := range []struct{ name, header, content string }{
		{"content not JSON", string(header), `{"code":`},
		{"content an array", string(header), `[1]`},
		{"header not an object", `"x"`, `{}`},
		{"no msg_type", `{"msg_id":"a"}`, `{}`},
		{"msg_type not a string", `{"msg_type":3}`, `{}`},
	} {
		frames := Encode(&Message{RawHeader: []byte(tc.header), Content: []byte(tc.content)}, s)
		if _, err := Decode(frames, s); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}

	// Without a key nothing is signed and anything well formed passes.
	open, _ := NewSigner("hmac-sha256", nil)
	frames := Encode(&Message{RawHeader: header, Content: []byte(`{}`)}, open)
	if len(frames[1]) != 0 {
		t.Errorf("unsigned message has signature %q", frames[1])
	}
	if _, err := Decode(frames, open); err != nil {
		t.Error(err)
	}
	// A keyed kernel refuses it.
	if _, err := Decode(frames, s); !errors.Is(err, ErrBadSignature) {
		t.Errorf("unsigned message to a keyed kernel: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	s, _ := NewSigner("hmac-sha256", []byte("key"))
	f.Add([]byte("<IDS|MSG>"), []byte(`{"msg_type":"x"}`), []byte(`{}`))
	f.Fuzz(func(t *testing.T, a, header, content []byte) {
		frames := [][]byte{a, delimiter, s.Sign(header, []byte("{}"), []byte("{}"), content), header, []byte("{}"), []byte("{}"), content}
		m, err := Decode(frames, s)
		if err == nil && m.Header.MsgType == "" {
			t.Fatal("accepted a message without msg_type")
		}
	})
}

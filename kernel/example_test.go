package kernel_test

import (
	"fmt"

	"github.com/gograd/gograd/kernel"
)

// Messages are signed with the connection file's key; a message changed
// on the way fails verification and is dropped.
func Example() {
	s, _ := kernel.NewSigner("hmac-sha256", []byte("secret"))
	frames := kernel.Encode(&kernel.Message{
		RawHeader: []byte(`{"msg_id":"1","msg_type":"kernel_info_request","version":"5.3"}`),
		Content:   []byte(`{}`),
	}, s)
	m, err := kernel.Decode(frames, s)
	fmt.Println(m.Header.MsgType, err)

	frames[2] = []byte(`{"msg_id":"1","msg_type":"shutdown_request","version":"5.3"}`)
	_, err = kernel.Decode(frames, s)
	fmt.Println(err)
	// Output:
	// kernel_info_request <nil>
	// bad or missing signature
}

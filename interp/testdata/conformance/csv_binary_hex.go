// Code generated from csv_binary_hex.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"strings"
)

var sb strings.Builder

var a uint16

var b int32

var c float32

func main() {
	in := `name,qty,note
apple,3,"fresh, red"
pear,5,"say ""hi"""
`
	r := csv.NewReader(strings.NewReader(in))
	records, err := r.ReadAll()
	fmt.Println(len(records), err)
	for _, rec := range records {
		fmt.Printf("%d %q\n", len(rec), rec)
	}
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
	cw := csv.NewWriter(&sb)
	cw.Write([]string{"id", "text"})
	cw.Write([]string{"1", "has,comma"})
	cw.Write([]string{"2", "has \"quote\""})
	cw.Flush()
	fmt.Print(sb.String())
	buf := new(bytes.Buffer)
	binary.Write(buf, binary.BigEndian, uint16(0xCAFE))
	binary.Write(buf, binary.LittleEndian, int32(-2))
	binary.Write(buf, binary.BigEndian, float32(1.5))
	fmt.Println(hex.EncodeToString(buf.Bytes()), buf.Len())
	rd := bytes.NewReader(buf.Bytes())
	binary.Read(rd, binary.BigEndian, &a)
	binary.Read(rd, binary.LittleEndian, &b)
	binary.Read(rd, binary.BigEndian, &c)
	fmt.Printf("%#x %d %v\n", a, b, c)
	vb := make([]byte, binary.MaxVarintLen64)
	n := binary.PutUvarint(vb, 300)
	fmt.Println(vb[:n])
	x, m := binary.Uvarint(vb[:n])
	fmt.Println(x, m)
	n = binary.PutVarint(vb, -65)
	fmt.Println(vb[:n])
	le := make([]byte, 8)
	binary.LittleEndian.PutUint64(le, 0x0102030405060708)
	fmt.Println(le, binary.BigEndian.Uint32(le[:4]))
	fmt.Print(hex.Dump([]byte("gograd hex!")))
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(dec), err)
	_, err = hex.DecodeString("4g")
	fmt.Println(err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	msg := []byte("hi?>~ there")
	s1 := base64.StdEncoding.EncodeToString(msg)
	s2 := base64.URLEncoding.EncodeToString(msg)
	s3 := base64.RawStdEncoding.EncodeToString(msg)
	fmt.Println(s1, s2, s3)
	d, err := base64.StdEncoding.DecodeString(s1)
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
}

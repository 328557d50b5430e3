// Code generated from builder_buffer.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

//line testdata/conformance/builder_buffer.gos/_.go:1:1
var sb strings.Builder

var buf bytes.Buffer

var tail [100]byte

func main() {
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "item%d", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	buf.WriteString("line one\nline two\n")
	buf.Write([]byte("line three"))
	fmt.Println(buf.Len())
	first, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", first, err)
	b, _ := buf.ReadByte()
	buf.UnreadByte()
	fmt.Println(string(b), buf.Len())
	rest := buf.Next(4)
	fmt.Printf("%q %q\n", rest, buf.String())
	n, err := buf.Read(tail[:])
	fmt.Println(n, err)
	n, err = buf.Read(tail[:])
	fmt.Println(n, err)
	bb := bytes.NewBufferString("xyz")
	bb.Truncate(1)
	bb.WriteString("AB")
	fmt.Println(bb.String())
	data := []byte("  Hello, Gophers!  ")
	fmt.Printf("%q\n", bytes.TrimSpace(data))
	fmt.Println(bytes.Contains(data, []byte("Go")), bytes.Index(data, []byte("o")), bytes.Count(data, []byte("o")))
	fmt.Printf("%s\n", bytes.ToUpper(data))
	parts := bytes.Split([]byte("a,b,,c"), []byte(","))
	fmt.Println(len(parts), bytes.Join(parts, []byte("|")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "aa", "c"))
	fmt.Println(strings.Title("x"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.SplitN("a:b:c:d", ":", 2), strings.SplitAfter("a.b.c", "."), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Fields("  many   spaces\there \n"), strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'))
	rd := strings.NewReader("reader content")
	chunk := make([]byte, 6)
	io.ReadFull(rd, chunk)
	remaining, _ := io.ReadAll(rd)
	fmt.Printf("%s|%s|%d\n", chunk, remaining, rd.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	var w io.Writer = &buf
	fmt.Fprintf(w, "%05.1f|%x", 3.14159, "hi")
	fmt.Println(buf.String())
}

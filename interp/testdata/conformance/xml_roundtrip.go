// Code generated from xml_roundtrip.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

//line testdata/conformance/xml_roundtrip.gos/_.go:1:1
type Author struct {
	Name  string `xml:"name"`
	Email string `xml:"email,attr,omitempty"`
}

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      int      `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []Author `xml:"authors>author"`
	Price   float64  `xml:"price"`
	Note    string   `xml:",comment"`
}

var back Book

var bad Book

var sb strings.Builder

func main() {
	b := Book{ID: 7, Title: "Go & You", Authors: []Author{{"Ann", "ann@x.org"}, {Name: "Bo"}}, Price: 29.5, Note: " first edition "}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.ID, back.Title, len(back.Authors), back.Authors[0].Email, back.Price, back.XMLName.Local)
	err = xml.Unmarshal([]byte("<book><title>x</book>"), &bad)
	fmt.Println(err != nil)
	dec := xml.NewDecoder(strings.NewReader(`<a x="1"><b>text</b><c/></a>`))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Print("<", t.Name.Local, len(t.Attr), "> ")
		case xml.EndElement:
			fmt.Print("</", t.Name.Local, "> ")
		case xml.CharData:
			fmt.Print("[", string(t), "] ")
		}
	}
	fmt.Println()
	xml.EscapeText(&sb, []byte(`a<b & "c"`))
	fmt.Println(sb.String())
}

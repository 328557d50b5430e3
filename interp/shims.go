package interp

import (
	"embed"
	"io/fs"
	"strings"
	"sync"
	"testing/fstest"
)

//go:embed shims/*.go.txt
var shimFiles embed.FS

var (
	shimOnce sync.Once
	shimMap  fstest.MapFS
)

// shimFS is the source tree yaegi imports the interpreted standard
// packages from: the generic ones (iter, slices, maps, cmp), which symbol
// tables cannot hold.
func shimFS() fs.FS {
	shimOnce.Do(func() {
		shimMap = fstest.MapFS{}
		entries, _ := shimFiles.ReadDir("shims")
		for _, e := range entries {
			name := strings.TrimSuffix(e.Name(), ".go.txt")
			data, _ := shimFiles.ReadFile("shims/" + e.Name())
			shimMap["src/"+name+"/"+name+".go"] = &fstest.MapFile{Data: data}
		}
	})
	return shimMap
}

// shimPackages lists the import paths shimFS provides, mapped to themselves.
func shimPackages() map[string]string {
	m := map[string]string{}
	entries, _ := shimFiles.ReadDir("shims")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".go.txt")
		m[name] = name
	}
	return m
}

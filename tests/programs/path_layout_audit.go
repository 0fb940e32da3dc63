package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "paths-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, f := range []string{"etc/nginx/nginx.conf", "etc/nginx/sites/default.conf", "etc/nginx/sites/api.conf.bak",
		"etc/hosts", "var/log/nginx/access.log", "var/log/nginx/error.log", "var/log/nginx/access.log.1.gz",
		"opt/app/bin/app", "opt/app/config.yaml", "opt/app/.env"} {
		p := filepath.Join(root, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(f), 0o644)
	}

	patterns := []string{"etc/nginx/*.conf", "etc/nginx/*/*.conf", "var/log/*/*.log", "var/log/nginx/access.log*",
		"opt/app/.*", "opt/app/[bc]*", "etc/[!n]*", "nothing/*", "etc/[", "*/*/"}
	for _, pat := range patterns {
		matches, err := filepath.Glob(filepath.Join(root, pat))
		var rels []string
		for _, m := range matches {
			r, _ := filepath.Rel(root, m)
			rels = append(rels, r)
		}
		fmt.Printf("glob %-28s %v err=%v\n", pat, rels, err)
	}

	paths := []string{"/etc/nginx/../nginx/./sites//default.conf", "var/log/", "", ".", "/", "..//a/b/../../..",
		"/srv/www/index.html", "archive.tar.gz", ".bashrc", "dir.d/file"}
	for _, p := range paths {
		fmt.Printf("%-42q clean=%-22q base=%-14q dir=%-14q ext=%-6q abs=%v\n",
			p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p))
	}

	rels := [][2]string{{"/var/www", "/var/www/html/index.html"}, {"/var/www/html", "/var/log"}, {"/a/b", "/a/b"},
		{"a/b", "/a/b"}, {"/", "/usr/bin"}, {"x/y", "x/z/w"}, {"../a", "b"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q err=%v\n", r[0], r[1], rel, err)
	}

	matchCases := [][2]string{{"*.log", "error.log"}, {"*.log", "logs/error.log"}, {"access.log.?", "access.log.1"},
		{"[a-c]*", "bin"}, {"[^a-c]*", "bin"}, {"\\*", "*"}, {"a[", "a"}, {"*.[ch]", "main.c"}}
	for _, m := range matchCases {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Printf("Match(%q,%q)=%v %v\n", m[0], m[1], ok, err)
	}

	dir, file := filepath.Split("/etc/nginx/nginx.conf")
	fmt.Printf("split: %q %q | %q\n", dir, file, filepath.SplitList("/usr/local/bin:/usr/bin::/bin"))
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Base("/x/y/"), path.Ext("v1.2/file"), path.IsAbs("x"))
	fmt.Println(filepath.Join("/srv", "../etc", "passwd"), filepath.Join(), filepath.ToSlash("a/b"), string(filepath.Separator))
	parts := strings.Split(filepath.Clean("/opt/app/bin/app"), string(filepath.Separator))
	fmt.Printf("%q %d\n", parts, len(parts))
	byExt := map[string][]string{}
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			byExt[filepath.Ext(p)] = append(byExt[filepath.Ext(p)], info.Name())
		}
		return nil
	})
	var exts []string
	for e := range byExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	for _, e := range exts {
		fmt.Printf("  %q: %v\n", e, byExt[e])
	}
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type proc struct {
	pid   int
	user  string
	state byte
	mem   int
	cmd   string
}

type byUserMem []proc

func (p byUserMem) Len() int      { return len(p) }
func (p byUserMem) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p byUserMem) Less(i, j int) bool {
	if p[i].user != p[j].user {
		return p[i].user < p[j].user
	}
	return p[i].mem > p[j].mem
}

func load() []proc {
	users := []string{"root", "www", "postgres", "root", "daemon", "www", "root"}
	cmds := []string{"sshd", "nginx", "postgres", "cron", "rsyslogd", "php-fpm", "systemd", "bash", "sleep"}
	states := "SRSSDZSRS"
	var ps []proc
	for i := 0; i < 45; i++ {
		ps = append(ps, proc{
			pid:   100 + i*37%211,
			user:  users[(i*5+i/3)%len(users)],
			state: states[i%len(states)],
			mem:   (i * 7919 % 13) * 512,
			cmd:   cmds[(i*i+3)%len(cmds)],
		})
	}
	return ps
}

func show(title string, ps []proc, n int) {
	fmt.Println("==", title)
	for i, p := range ps {
		if i == n {
			fmt.Printf("   ... %d more\n", len(ps)-n)
			break
		}
		fmt.Printf("  %5d %-8s %c %6d %s\n", p.pid, p.user, p.state, p.mem, p.cmd)
	}
}

func main() {
	ps := load()
	a := load()
	sort.Slice(a, func(i, j int) bool { return a[i].mem > a[j].mem })
	show("sort.Slice by mem desc (unstable, ties)", a, 45)

	b := load()
	sort.SliceStable(b, func(i, j int) bool { return b[i].state < b[j].state })
	show("SliceStable by state", b, 20)

	c := load()
	sort.Sort(byUserMem(c))
	show("sort.Sort by user then mem", c, 25)

	d := load()
	sort.Slice(d, func(i, j int) bool { return d[i].cmd < d[j].cmd })
	var order []string
	for _, p := range d {
		order = append(order, fmt.Sprint(p.pid))
	}
	fmt.Println("by cmd pids:", strings.Join(order, ","))

	e := load()
	sort.Stable(sort.Reverse(byUserMem(e)))
	show("Stable(Reverse(byUserMem))", e, 12)

	counts := map[string]int{}
	for _, p := range ps {
		counts[p.user]++
	}
	var users []string
	for u := range counts {
		users = append(users, u)
	}
	sort.Strings(users)
	sort.SliceStable(users, func(i, j int) bool { return counts[users[i]] > counts[users[j]] })
	for _, u := range users {
		fmt.Printf("%s:%d ", u, counts[u])
	}
	fmt.Println()

	mems := make([]int, len(ps))
	for i, p := range ps {
		mems[i] = p.mem
	}
	sort.Ints(mems)
	idx := sort.SearchInts(mems, 3000)
	fmt.Println(mems[:10], idx, sort.IntsAreSorted(mems), sort.IsSorted(byUserMem(c)))
	j := sort.Search(len(c), func(i int) bool { return c[i].user >= "root" })
	fmt.Println("first root at", j, c[j].pid)
}

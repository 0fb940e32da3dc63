package main

import "fmt"

type Command interface {
	Run(args []string) (string, error)
	Help() string
}

type echoCmd struct{}
type countCmd struct{ calls int }
type failCmd struct{ reason string }

func (echoCmd) Run(args []string) (string, error) { return fmt.Sprint(args), nil }
func (echoCmd) Help() string                      { return "echo args" }

func (c *countCmd) Run(args []string) (string, error) {
	c.calls++
	return fmt.Sprintf("%d args (call %d)", len(args), c.calls), nil
}
func (c *countCmd) Help() string { return "count args" }

func (f failCmd) Run([]string) (string, error) { return "", fmt.Errorf("fail: %s", f.reason) }
func (f failCmd) Help() string                 { return "always fails" }

func sortedKeys(m map[string]Command) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	reg := map[string]Command{
		"echo":  echoCmd{},
		"count": &countCmd{},
		"fail":  failCmd{"nope"},
	}
	for _, k := range sortedKeys(reg) {
		fmt.Printf("%-6s %s\n", k, reg[k].Help())
	}
	script := [][]string{{"echo", "a", "b"}, {"count", "x"}, {"missing"}, {"fail"}, {"count", "y", "z"}}
	for _, line := range script {
		cmd, ok := reg[line[0]]
		if !ok {
			fmt.Println(line[0], "-> unknown command; cmd is nil:", cmd == nil)
			continue
		}
		out, err := cmd.Run(line[1:])
		if err != nil {
			fmt.Println(line[0], "-> error:", err)
			continue
		}
		fmt.Println(line[0], "->", out)
	}
	reg["alias"] = reg["count"]
	out, _ := reg["alias"].Run(nil)
	fmt.Println("alias ->", out, reg["alias"] == reg["count"])
}

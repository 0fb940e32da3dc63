package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type step struct {
	name    string
	hosts   []string
	failOn  string
	timeout int
}

func main() {
	audit := log.New(os.Stdout, "audit: ", 0)
	deploy := log.New(os.Stdout, "[deploy] ", log.Lmsgprefix)
	var mem bytes.Buffer
	summary := log.New(&mem, "", log.Lmsgprefix)
	summary.SetFlags(0)

	audit.Println("starting rollout", "v2.7.1", 3, true)
	audit.Printf("flags=%d prefix=%q", audit.Flags(), audit.Prefix())
	steps := []step{
		{"drain", []string{"web1", "web2", "web3"}, "", 30},
		{"upgrade", []string{"web1", "web2", "web3"}, "web2", 120},
		{"verify", []string{"web1", "web3"}, "", 15},
	}
	failures := 0
	for i, s := range steps {
		deploy.SetPrefix(fmt.Sprintf("[deploy %d/%d %s] ", i+1, len(steps), s.name))
		for _, h := range s.hosts {
			if h == s.failOn {
				deploy.Printf("host %s FAILED after %ds", h, s.timeout)
				summary.Printf("%s/%s failed", s.name, h)
				failures++
				continue
			}
			deploy.Print("host ", h, " ok")
		}
		deploy.Println()
	}
	audit.SetPrefix("AUDIT> ")
	audit.SetFlags(log.Lmsgprefix)
	audit.Print(strings.Repeat("-", 20))
	audit.Print("multi\nline\nentry\n")
	audit.Print("")
	fmt.Print(mem.String())
	fmt.Println("summary lines:", strings.Count(mem.String(), "\n"), "writer is buffer:", summary.Writer() == &mem)

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("rollout: ")
	fmt.Println("std prefix:", log.Prefix(), "flags:", log.Flags())
	log.Printf("%d failure(s)", failures)
	defer fmt.Println("deferred: never printed because log.Fatal exits")
	if failures > 0 {
		log.Fatalf("aborting: %d host(s) failed, rollback required", failures)
	}
	log.Println("all good")
}

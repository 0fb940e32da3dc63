package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan Message
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string][]chan Message)}
}

func (b *Broker) Subscribe(topic string, buf int) <-chan Message {
	ch := make(chan Message, buf)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(m Message) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[m.Topic] {
		ch <- m
	}
	return len(b.subs[m.Topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	type sub struct {
		name  string
		topic string
	}
	subs := []sub{{"pager", "alerts"}, {"mailer", "alerts"}, {"auditor", "audit"}, {"dashboard", "metrics"}, {"archiver", "audit"}}
	var mu sync.Mutex
	received := map[string][]string{}
	var wg sync.WaitGroup
	for _, s := range subs {
		ch := b.Subscribe(s.topic, 2)
		wg.Add(1)
		go func(name string, ch <-chan Message) {
			defer wg.Done()
			var got []string
			for m := range ch {
				got = append(got, m.Body)
			}
			mu.Lock()
			received[name] = got
			mu.Unlock()
		}(s.name, ch)
	}
	msgs := []Message{
		{"alerts", "disk full on web1"},
		{"metrics", "cpu=71"},
		{"audit", "user root login"},
		{"alerts", "load high on db1"},
		{"nobody", "dropped on floor"},
		{"metrics", "cpu=64"},
		{"audit", "sudo by alice"},
		{"metrics", "cpu=90"},
	}
	delivered := 0
	for _, m := range msgs {
		n := b.Publish(m)
		delivered += n
		fmt.Printf("publish %-8s -> %d subscriber(s)\n", m.Topic, n)
	}
	b.Close()
	wg.Wait()

	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-10s %d: %s\n", n, len(received[n]), strings.Join(received[n], " | "))
	}
	fmt.Println("total deliveries:", delivered)
}

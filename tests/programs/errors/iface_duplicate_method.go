package main

type Store interface {
	Get(key string) string
	Put(key, value string)
	Get(key string) string
}

func main() {
	var s Store
	_ = s
}

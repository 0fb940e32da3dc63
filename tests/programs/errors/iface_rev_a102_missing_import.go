package main

func main() {
	var s fmt.Stringer
	var w io.Writer
	var e fs.PathError
	fmt.Println(s, w, e)
	_ = errors.New("x")
	_ = os.Stdout
}

package main

import "fmt"

type Both struct{ id int }

func (b Both) Error() string  { return fmt.Sprintf("Error(%d)", b.id) }
func (b Both) String() string { return fmt.Sprintf("String(%d)", b.id) }

type OnlyStr struct{}

func (OnlyStr) String() string { return "only-string" }

type PtrBoth struct{ id int }

func (p *PtrBoth) Error() string { return "ptr-error" }
func (p PtrBoth) String() string { return "val-string" }

func main() {
	b := Both{1}
	fmt.Println(b)
	fmt.Printf("%v %s %q %+v\n", b, b, b, b)
	fmt.Printf("%#v\n", b)
	fmt.Printf("%x\n", b)
	var s fmt.Stringer = b
	fmt.Println("as Stringer iface:", s, s.String())
	var e error = b
	fmt.Println("as error iface:", e)
	fmt.Println(OnlyStr{})
	pb := PtrBoth{2}
	fmt.Println("value:", pb)
	fmt.Println("pointer:", &pb)
	fmt.Println([]any{b, &pb, pb, OnlyStr{}})
	fmt.Printf("%-12v|%12v|\n", b, &pb)
	fmt.Println(fmt.Sprint(b) == b.Error())
	w := fmt.Errorf("wrapped: %w", b)
	fmt.Println(w)
	fmt.Println(fmt.Errorf("v-verb: %v, s-verb: %s", b, OnlyStr{}))
}

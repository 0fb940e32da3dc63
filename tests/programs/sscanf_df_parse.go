package main

import (
	"fmt"
	"strings"
)

type mount struct {
	dev    string
	blocks int64
	used   int64
	avail  int64
	pct    int
	target string
}

const dfOutput = `Filesystem     1K-blocks      Used Available Use% Mounted on
/dev/sda1       102687672  81234500  16194328  84% /
tmpfs             8145432      1024   8144408   1% /run
/dev/sdb1      1921724676 1843212000  78512676  96% /data
/dev/sda2         1038336    223400    814936  22% /boot
bogus line here
/dev/sdc1               0         0         0   -% /mnt/empty`

func main() {
	var mounts []mount
	for i, line := range strings.Split(dfOutput, "\n") {
		if i == 0 {
			continue
		}
		var m mount
		n, err := fmt.Sscanf(line, "%s %d %d %d %d%% %s", &m.dev, &m.blocks, &m.used, &m.avail, &m.pct, &m.target)
		if err != nil {
			fmt.Printf("line %d: parsed %d fields: %v\n", i, n, err)
			continue
		}
		mounts = append(mounts, m)
	}
	for _, m := range mounts {
		gb := float64(m.blocks) / (1024 * 1024)
		flag := ""
		if m.pct >= 90 {
			flag = " <-- CRITICAL"
		} else if m.pct >= 80 {
			flag = " <-- warning"
		}
		fmt.Printf("%-10s %-10s %8.2fG %3d%%%s\n", m.target, m.dev, gb, m.pct, flag)
	}

	var ip [4]int
	var port int
	var proto string
	n, err := fmt.Sscanf("tcp 192.168.10.254:8443", "%s %d.%d.%d.%d:%d", &proto, &ip[0], &ip[1], &ip[2], &ip[3], &port)
	fmt.Println(n, err, proto, ip, port)

	var user string
	var uid, gid int
	n, err = fmt.Sscanf("deploy:x:1001:1001", "%5s:x:%d:%d", &user, &uid, &gid)
	fmt.Printf("%d %v %q %d %d\n", n, err, user, uid, gid)

	var h, mi, s int
	n, err = fmt.Sscanf("uptime 12:07:33", "uptime %d:%d:%d", &h, &mi, &s)
	fmt.Println(n, err, h*3600+mi*60+s)

	var load1, load5, load15 float64
	n, err = fmt.Sscanf("load average: 0.52, 1.07, 2.50", "load average: %f, %f, %f", &load1, &load5, &load15)
	fmt.Printf("%d %v %.2f %.2f %.2f\n", n, err, load1, load5, load15)

	var hexv, octv int
	var ok bool
	var ch rune
	n, err = fmt.Sscanf("1f 755 true Z", "%x %o %t %c", &hexv, &octv, &ok, &ch)
	fmt.Println(n, err, hexv, octv, ok, string(ch))

	var a, b int
	n, err = fmt.Sscanf("10 abc", "%d %d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("10", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("size=42", "len=%d", &a)
	fmt.Println(n, err)

	var word string
	var num int
	n, err = fmt.Sscan("  eth0   1500\n", &word, &num)
	fmt.Println(n, err, word, num)
	var q string
	n, err = fmt.Sscanf(`"quoted value" rest`, "%q", &q)
	fmt.Println(n, err, q)
	var f32 float32
	var u8 uint8
	n, err = fmt.Sscanf("3.25 300", "%g %d", &f32, &u8)
	fmt.Println(n, err, f32, u8)
	n, err = fmt.Sscanln("7 8\n9", &a, &b)
	fmt.Println(n, err, a, b)
}

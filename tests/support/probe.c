/* A test probe: does what its first argument says, so CLI tests can check that memrun is
 * indistinguishable from running a binary directly. Built statically with gcc by the tests. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 2) { puts("probe"); return 0; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "exit")) return atoi(argv[2]);
    if (!strcmp(cmd, "kill")) { kill(getpid(), atoi(argv[2])); pause(); return 99; }
    if (!strcmp(cmd, "argv")) { for (int i = 0; i < argc; i++) printf("[%s]\n", argv[i]); return 0; }
    if (!strcmp(cmd, "env")) { const char *v = getenv(argv[2]); printf("%s\n", v ? v : "(unset)"); return 0; }
    if (!strcmp(cmd, "cat")) {
        char buf[4096]; ssize_t n;
        while ((n = read(0, buf, sizeof buf)) > 0) fwrite(buf, 1, n, stdout);
        return 0;
    }
    if (!strcmp(cmd, "stderr")) { fprintf(stderr, "%s\n", argv[2]); return 3; }
    if (!strcmp(cmd, "exe")) {
        char buf[4096]; ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
        if (n < 0) return 1;
        buf[n] = 0; puts(buf);
        FILE *f = fopen("/proc/self/comm", "r");
        if (f && fgets(buf, sizeof buf, f)) printf("comm=%s", buf);
        return 0;
    }
    if (!strcmp(cmd, "seals")) {
        int fd = open("/proc/self/exe", O_RDONLY);
        printf("seals=%d\n", fcntl(fd, F_GET_SEALS));
        return 0;
    }
    if (!strcmp(cmd, "writeself")) {
        int fd = open("/proc/self/exe", O_WRONLY);
        if (fd < 0) { printf("open: %s\n", strerror(errno)); return 0; }
        if (write(fd, "X", 1) != 1) { printf("write: %s\n", strerror(errno)); return 0; }
        puts("WROTE");
        return 1;
    }
    if (!strcmp(cmd, "dumpself")) {
        int fd = open("/proc/self/exe", O_RDONLY);
        char buf[65536]; ssize_t n;
        while ((n = read(fd, buf, sizeof buf)) > 0) fwrite(buf, 1, n, stdout);
        return 0;
    }
    if (!strcmp(cmd, "sleep")) { sleep(atoi(argv[2])); return 0; }
    if (!strcmp(cmd, "pid")) { printf("%d\n", getpid()); return 0; }
    if (!strcmp(cmd, "sigpipe")) {
        struct sigaction sa; sigaction(SIGPIPE, NULL, &sa);
        puts(sa.sa_handler == SIG_IGN ? "ignored" : "default");
        return 0;
    }
    if (!strcmp(cmd, "maxrss")) {
        /* maxrss PROG ARGS...: runs PROG, then prints its peak RSS in KiB and its status. */
        pid_t pid = fork();
        if (pid == 0) { execv(argv[2], argv + 2); _exit(127); }
        int st; struct rusage ru;
        if (wait4(pid, &st, 0, &ru) < 0) return 101;
        fprintf(stderr, "maxrss=%ld status=%d\n", ru.ru_maxrss, WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st));
        return 0;
    }
    fprintf(stderr, "probe: unknown command %s\n", cmd);
    return 100;
}

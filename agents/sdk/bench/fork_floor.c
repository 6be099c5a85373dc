/* The least a fresh caller process can cost on this machine (docs/benchmarks.md, "The fork server"): fork a
 * child that exits at once, and wait for it, N times; vfork (no address space of its own) as the contrast.
 * Build and run: gcc -O2 -o /tmp/fork_floor agents/sdk/bench/fork_floor.c && /tmp/fork_floor [N] */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double micros(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1e6 + now.tv_nsec / 1e3;
}

static double cpu_micros(void) {
    struct rusage self, children;
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    return (self.ru_utime.tv_sec + self.ru_stime.tv_sec + children.ru_utime.tv_sec + children.ru_stime.tv_sec) * 1e6
           + self.ru_utime.tv_usec + self.ru_stime.tv_usec + children.ru_utime.tv_usec + children.ru_stime.tv_usec;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 500;
    if (n < 1) {
        fputs("usage: fork_floor [number of forks, at least 1]\n", stderr);
        return 64;
    }
    double forking = 0, ending = 0, cpu = cpu_micros();
    for (int i = 0; i < n; i++) {
        double start = micros();
        pid_t child = fork();
        if (child == 0) {
            _exit(0);
        }
        double forked = micros();
        waitpid(child, NULL, 0);
        forking += forked - start;
        ending += micros() - forked;
    }
    cpu = cpu_micros() - cpu;
    printf("fork %.0f us, exit and reap %.0f us, CPU (both processes) %.0f us per caller\n", forking / n, ending / n,
           cpu / n);
    double start = micros();
    for (int i = 0; i < n; i++) {
        pid_t child = vfork();
        if (child == 0) {
            _exit(0);
        }
        waitpid(child, NULL, 0);
    }
    printf("vfork, exit and reap %.0f us\n", (micros() - start) / n);
    return 0;
}

/* Stand-in for embox's <kernel/task.h> (hand-written, declaration-only). */
#include <sys/types.h>
pid_t new_task(const char *name, void *(*run)(void *), void *arg);
int task_waitpid(pid_t pid);

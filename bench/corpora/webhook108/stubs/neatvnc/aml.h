/* Hand-written, declaration-only stand-in for aml.h of the aml1 event-loop
 * library (github.com/any1/aml, v1 API) that neatvnc links; Debian 12 only
 * packages aml 0.2 (untyped callbacks, no aml_timer_unref). Only what
 * neatvnc's sources name is declared. */
#pragma once
#include <stdint.h>
#include <stdbool.h>

struct aml;
struct aml_handler;
struct aml_timer;
struct aml_ticker;
struct aml_signal;
struct aml_work;
struct aml_idle;

enum aml_event {
	AML_EVENT_NONE = 0,
	AML_EVENT_READ = 1 << 0,
	AML_EVENT_WRITE = 1 << 1,
	AML_EVENT_OOB = 1 << 2,
};

typedef void (*aml_free_fn)(void*);
typedef void (*aml_handler_fn)(struct aml_handler*);
typedef void (*aml_timer_fn)(struct aml_timer*);
typedef void (*aml_idle_fn)(struct aml_idle*);
typedef void (*aml_work_fn)(struct aml_work*);

struct aml* aml_get_default(void);
void aml_set_default(struct aml*);
int aml_require_workers(struct aml*, int n);
int aml_poll(struct aml*, int64_t timeout);
void aml_dispatch(struct aml*);
int aml_start(struct aml*, void* obj);
int aml_stop(struct aml*, void* obj);
void aml_ref(void* obj);
void aml_unref(void* obj);
void* aml_get_userdata(const void* obj);
void aml_set_userdata(void* obj, void* userdata, aml_free_fn);

struct aml_handler* aml_handler_new(int fd, aml_handler_fn, void* userdata,
		aml_free_fn);
void aml_set_event_mask(struct aml_handler*, enum aml_event mask);
enum aml_event aml_get_event_mask(const struct aml_handler*);
enum aml_event aml_get_revents(const struct aml_handler*);

struct aml_timer* aml_timer_new(uint64_t timeout, aml_timer_fn,
		void* userdata, aml_free_fn);
void aml_timer_unref(struct aml_timer*);
void* aml_timer_get_userdata(const struct aml_timer*);

struct aml_idle* aml_idle_new(aml_idle_fn, void* userdata, aml_free_fn);

struct aml_work* aml_work_new(aml_work_fn work_fn, aml_work_fn done_fn,
		void* userdata, aml_free_fn);

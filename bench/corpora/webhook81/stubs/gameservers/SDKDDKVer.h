/* webhook81 hand-written stub: Windows SDK version header included by targetver.h; declares nothing used */
#pragma once

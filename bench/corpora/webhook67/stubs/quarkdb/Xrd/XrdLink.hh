// Hand-written stub (webhook67): stands in for XRootD's XrdLink.hh; declaration only.
#pragma once
class XrdLink;

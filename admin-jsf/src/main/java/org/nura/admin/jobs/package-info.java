/** Console screens of the jobs component: failed and dead-lettered background jobs, and their re-drive. */
package org.nura.admin.jobs;

namespace PstoreNano.Tool.Output
{
    /// <summary>Counts the work a long command has done; callable from worker threads.</summary>
    public interface IProgressMeter
    {
        /// <summary>Sets the work done so far and the work planned (the plan may grow as it becomes known).</summary>
        void Report(long done, long planned);
    }
}

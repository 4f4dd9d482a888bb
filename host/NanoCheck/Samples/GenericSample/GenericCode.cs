using System;

namespace GenericSample
{
    /// <summary>A List&lt;T&gt;-like collection: a generic type definition nanoFramework 1.x cannot load.</summary>
    public class SampleList<T>
    {
        private T[] _items = new T[4];
        private int _count;

        /// <summary>Appends an item.</summary>
        public void Add(T item)
        {
            _items[_count++] = item;
        }

        /// <summary>Number of items.</summary>
        public int Count
        {
            get { return _count; }
        }
    }

    /// <summary>Plain class holding a generic method.</summary>
    public static class SampleHelpers
    {
        /// <summary>A generic method: the scan must name it.</summary>
        public static T FirstOrSame<T>(T value)
        {
            return value;
        }

        /// <summary>Uses both, so instantiations appear in the metadata too.</summary>
        public static int Use()
        {
            SampleList<int> list = new SampleList<int>();
            list.Add(FirstOrSame(3));
            return list.Count;
        }
    }
}
